package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class TechLaundryListRuleTest {
    private final RuleTester t = RuleTester.of(new TechLaundryListRule());

    @Test
    void table() {
        t.valid("""
                ## Requirements

                - Java or Kotlin in production
                - PostgreSQL under load
                - Kafka
                """);
        t.invalid("""
                ## Requirements

                - Java, Kotlin, Scala, Rust, Python, Ruby, PHP, Elixir and Haskell
                """, finding("too-many-in-item").at(3, 3));
        t.invalid("""
                ## Requirements

                - Java, Kotlin, Scala
                - Rust, Python, Ruby
                - PHP, Elixir, Haskell
                - Redis, Kafka, Docker
                - Kubernetes
                """, finding("too-many-total").at(1, 4));
        // "Go" the verb is not a technology; "Golang" is
        t.valid("""
                ## Requirements

                - Go the extra mile with Java, Golang, Redis, Kafka, Docker, Terraform and AWS
                """);
    }

    @Test
    void thresholdsAreOptions() {
        RuleTester.of(new TechLaundryListRule(), """
                {"rules": {"tech-laundry-list": {"options": {"maxPerItem": 2}}}}""")
                .invalid("- Java, Kotlin and Scala", finding("too-many-in-item").at(1, 3));
    }

    @Test
    void onlyTheRequirementsCount() {
        // the company's stack described in prose or under a stack heading is not asked of the candidate
        t.valid("""
                ## About us

                Over the years we have used PHP, Java, JavaScript, Node.js, Ruby, CoffeeScript, Python, Backbone and React.

                ## Tech stack

                - Go, Postgres, Redis, ClickHouse, GraphQL, AWS, GCP, Vercel, Terraform, TypeScript and React

                ## Requirements

                - Go in production
                - PostgreSQL under load
                """);
    }
}
