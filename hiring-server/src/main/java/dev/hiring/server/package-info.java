/** The Hiring SDK as an HTTP service: API v1, its OpenAPI contract, operations endpoints and a recruiter page. */
@org.jspecify.annotations.NullMarked
package dev.hiring.server;
