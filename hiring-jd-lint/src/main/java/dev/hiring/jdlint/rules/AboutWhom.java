package dev.hiring.jdlint.rules;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.RuleContext;

/**
 * Whom a phrase is about, read from the words around it inside its sentence (a list item, table cell, heading or
 * block always ends a sentence). Every look is a bounded walk over the word numbers next to the match, so the
 * cost stays linear in the text; the word lists are those of {@code subjects.json}. Documented for users in
 * {@code docs/rules/exclusionary-language.md} ("About whom").
 */
final class AboutWhom {
    /** How far the look-behind walks, in words. */
    static final int BEHIND = 8;
    /** How far the look-ahead for the noun an adjective describes walks, in words. */
    static final int AHEAD = 5;
    /** How close a linking word ("for", "with", "helps") must stand before the phrase, in words. */
    static final int LINK_DISTANCE = 3;

    /** Whom the words before a phrase make it about. */
    enum Holder {
        /** The candidate, the role or the team: "you must be", "we're looking for", "ideal for". */
        CANDIDATE,
        /** Someone else: customers, users, students, a teacher; "for", "by", "with", "helps" before the phrase. */
        OTHER,
        /** Nothing in the sentence says. */
        UNKNOWN
    }

    /** What the noun after an age word names. */
    enum Head {
        /** The team or workplace ("young team", "young and dynamic environment", "we are young"). */
        TEAM,
        /** People in general ("young people", "young professionals"): whom depends on the words before. */
        PEOPLE,
        /** The company or a thing ("young company", "young industry", "young children"). */
        THING,
        /** No known noun in reach. */
        NONE
    }

    /**
     * The noun an age word describes, and where it ends.
     *
     * @param head what the noun names
     * @param lastWord the word number of the noun's last word ({@code -1} for {@link Head#NONE})
     */
    record Described(Head head, int lastWord) {}

    private AboutWhom() {}

    /**
     * Whether the sentence of word {@code k} is equal-opportunity or legal boilerplate ("without regard to age",
     * "we do not discriminate on the basis of", "reasonable accommodation"): it is not the employer's requirement.
     */
    static boolean boilerplate(JdDocument doc, int k, RuleContext ctx) {
        return RuleSupport.sentenceHas(doc, k, ctx.lexicon("boilerplate"));
    }

    /**
     * Whom the words before word {@code first} make the phrase about. Walking back at most {@link #BEHIND} words
     * in the sentence, the first decisive word wins: a linking word right before the phrase ("classes with a
     * native speaker", "apps for digital natives", "we help young people") gives it to someone else unless the
     * word before the link asks for a candidate ("looking for", "ideal for", "open to", "applications from"); a
     * candidate word ("you", "must", "required", "candidates", "hiring") gives it to the candidate, and so does a
     * link after the role itself ("this position is for recent graduates"); a third party
     * ("customers", "users", "students", "teachers") to someone else.
     */
    static Holder holder(JdDocument doc, int first, RuleContext ctx) {
        Lexicon links = ctx.lexicon("subject-links");
        Lexicon beforeLink = ctx.lexicon("subject-candidate-before-link");
        Lexicon candidate = ctx.lexicon("subject-candidate");
        Lexicon third = ctx.lexicon("subject-third-party");
        if (first <= 0) {
            return Holder.UNKNOWN;
        }
        int sentence = doc.sentence(doc.wordToken(first));
        for (int j = first - 1; j >= 0 && first - j <= BEHIND; j--) {
            if (doc.sentence(doc.wordToken(j)) != sentence) {
                break;
            }
            if (first - j <= LINK_DISTANCE && links.lengthAt(doc, j) > 0) {
                boolean asks =
                        j > 0 && doc.sentence(doc.wordToken(j - 1)) == sentence && beforeLink.lengthAt(doc, j - 1) > 0;
                return asks ? Holder.CANDIDATE : linked(doc, j, first, ctx);
            }
            if (candidate.lengthAt(doc, j) > 0) {
                return Holder.CANDIDATE;
            }
            if (third.lengthAt(doc, j) > 0) {
                return Holder.OTHER;
            }
        }
        return Holder.UNKNOWN;
    }

    /**
     * Whom a phrase after a linking word at {@code link} is about: the role's when the thing linked is the role
     * itself ("this position is for recent graduates"), somebody else's otherwise ("apps for digital natives").
     */
    private static Holder linked(JdDocument doc, int link, int first, RuleContext ctx) {
        Lexicon role = ctx.lexicon("subject-role");
        Lexicon thing = ctx.lexicon("subject-thing");
        Lexicon third = ctx.lexicon("subject-third-party");
        int sentence = doc.sentence(doc.wordToken(first));
        for (int j = link - 1; j >= 0 && first - j <= BEHIND; j--) {
            if (doc.sentence(doc.wordToken(j)) != sentence
                    || thing.lengthAt(doc, j) > 0
                    || third.lengthAt(doc, j) > 0) {
                break;
            }
            if (role.lengthAt(doc, j) > 0) {
                return Holder.CANDIDATE;
            }
        }
        return Holder.OTHER;
    }

    /**
     * The noun an age word ending at word {@code last} describes: the first team, people or thing noun within
     * {@link #AHEAD} words after it in the sentence ("young and dynamic team", "a young, fast-growing startup");
     * when there is none, the subject before it ("we are young", "the company is young"), looked for within
     * {@link #BEHIND} words.
     */
    static Described described(JdDocument doc, int first, int last, RuleContext ctx) {
        Lexicon team = ctx.lexicon("subject-team");
        Lexicon people = ctx.lexicon("subject-person");
        Lexicon thing = ctx.lexicon("subject-thing");
        int n = doc.wordCount();
        int sentence = doc.sentence(doc.wordToken(last));
        for (int j = last + 1; j < n && j - last <= AHEAD; j++) {
            if (doc.sentence(doc.wordToken(j)) != sentence) {
                break;
            }
            Described d = nounAt(doc, j, team, people, thing);
            if (d.head() != Head.NONE) {
                return d;
            }
        }
        for (int j = first - 1; j >= 0 && first - j <= BEHIND; j--) {
            if (doc.sentence(doc.wordToken(j)) != sentence) {
                break;
            }
            Described d = nounAt(doc, j, team, people, thing);
            if (d.head() != Head.NONE) {
                return new Described(d.head(), -1);
            }
        }
        return new Described(Head.NONE, -1);
    }

    private static Described nounAt(JdDocument doc, int j, Lexicon team, Lexicon people, Lexicon thing) {
        int len = team.lengthAt(doc, j);
        if (len > 0) {
            return new Described(Head.TEAM, j + len - 1);
        }
        len = people.lengthAt(doc, j);
        if (len > 0) {
            return new Described(Head.PEOPLE, j + len - 1);
        }
        len = thing.lengthAt(doc, j);
        if (len > 0) {
            return new Described(Head.THING, j + len - 1);
        }
        return new Described(Head.NONE, -1);
    }
}
