/** A custom job-description rule, contributed to jd-lint through its service-provider interface. */
module dev.hiring.examples.lintrule {
    requires dev.hiring.jdlint;

    exports dev.hiring.examples.lintrule;

    provides dev.hiring.jdlint.spi.RuleProvider with
            dev.hiring.examples.lintrule.AcmeRules;
}
