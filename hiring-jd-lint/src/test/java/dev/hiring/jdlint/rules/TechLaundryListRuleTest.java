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
}
