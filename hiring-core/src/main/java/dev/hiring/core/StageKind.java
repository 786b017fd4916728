package dev.hiring.core;

/** The kinds of screening stage in the guide, in their usual order. */
public enum StageKind {
    /** Resume and LinkedIn screen; no candidate contact. */
    RESUME_SCREEN,
    /** Recruiter screen (about 30 minutes in the built-in guide). */
    RECRUITER_SCREEN,
    /** Technical screen (45 to 60 minutes in the built-in guide). */
    TECHNICAL_SCREEN,
    /** Optional take-home or work sample (about 3 to 6 hours in the built-in guide, fixed deadline). */
    TAKE_HOME,
    /** Loop or onsite interviews (2 to 4 interviews). */
    LOOP,
    /** Hiring manager and peer interview. */
    HIRING_MANAGER_AND_PEER,
    /** Reference checks; with referees, not the candidate. */
    REFERENCE_CHECK;

    /**
     * Whether the candidate takes part in this stage. The guide's "3–5 touchpoints from initial screen to
     * offer" counts these stages; a resume screen and reference checks happen without the candidate.
     */
    public boolean isCandidateTouchpoint() {
        return this != RESUME_SCREEN && this != REFERENCE_CHECK;
    }
}
