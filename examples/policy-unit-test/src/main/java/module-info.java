/** A fictional company's hiring policy, as a user of the SDK would write it. */
module dev.hiring.examples.policy {
    requires transitive dev.hiring.rubric;

    exports dev.hiring.examples.policy;

    provides dev.hiring.rubric.CustomRule with
            dev.hiring.examples.policy.SecurityInterviewRule;
}
