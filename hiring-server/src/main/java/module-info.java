/** The Hiring SDK as an HTTP service: API v1 with its OpenAPI document, operations endpoints, the recruiter page. */
@org.jspecify.annotations.NullMarked
module dev.hiring.server {
    requires transitive dev.hiring.core;
    requires dev.hiring.jdlint;
    requires dev.hiring.rubric;
    requires dev.hiring.analytics;
    requires io.javalin;
    requires micrometer.core;
    requires micrometer.registry.prometheus;

    exports dev.hiring.server;
}
