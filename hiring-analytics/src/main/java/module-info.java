/** Interviewer agreement, calibration, adverse impact and funnel metrics. */
@org.jspecify.annotations.NullMarked
module dev.hiring.analytics {
    requires transitive dev.hiring.core;
    requires transitive dev.hiring.rubric;
    requires de.siegmar.fastcsv;
    requires org.apache.commons.statistics.inference;
    requires org.apache.commons.statistics.distribution;
    requires static org.immutables.value;

    exports dev.hiring.analytics.agreement;
    exports dev.hiring.analytics.impact;
    exports dev.hiring.analytics.calibration;
    exports dev.hiring.analytics.funnel;

    opens dev.hiring.analytics.calibration to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens dev.hiring.analytics.funnel to
            com.fasterxml.jackson.databind;
    opens dev.hiring.analytics.impact to
            com.fasterxml.jackson.databind;
    opens dev.hiring.analytics.agreement to
            com.fasterxml.jackson.databind;
}
