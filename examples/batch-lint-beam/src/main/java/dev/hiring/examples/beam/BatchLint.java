package dev.hiring.examples.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hiring.core.HiringException;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.jspecify.annotations.Nullable;

/**
 * Lints every posting matched by a file pattern with the SDK's default rules, on any Beam runner:
 *
 * <ul>
 *   <li>{@code <output>findings-*.jsonl}: one JSON line per finding, {@code {"path": …, "finding": {…}}}, the
 *       finding exactly as jd-lint's JSON format (and so {@code hiring lint --format json}) writes it;
 *   <li>{@code <output>summary-*.jsonl}: one line per rule, {@code {"ruleId": …, "count": …}};
 *   <li>{@code <output>errors-*.jsonl}: one line per file that could not be linted (not UTF-8, too large),
 *       {@code {"path": …, "error": …}}.
 * </ul>
 *
 * Each file is read as strict UTF-8 and in the format its name suggests ({@link InputFormat#fromFileName}), as the
 * CLI does.
 */
public final class BatchLint {
    private BatchLint() {}

    /** The pipeline's options: {@code --input=<file pattern> --output=<prefix>} plus the runner's. */
    public interface Options extends PipelineOptions {
        /** The file pattern of the postings, such as {@code /data/postings/*.md}. */
        @Description("File pattern of the postings to lint, such as /data/postings/*.md")
        @Validation.Required
        String getInput();

        /** Sets the file pattern. */
        void setInput(String input);

        /** The output prefix, such as {@code /data/lint/}. */
        @Description("Prefix of the output files, such as /data/lint/")
        @Validation.Required
        String getOutput();

        /** Sets the output prefix. */
        void setOutput(String output);
    }

    /** One line of the findings output. */
    public record FindingLine(String path, JsonFormat.FindingJson finding) {}

    /** One line of the summary output. */
    public record RuleCount(String ruleId, long count) {}

    /** One line of the errors output. */
    public record ErrorLine(String path, String error) {}

    private static final TupleTag<KV<String, String>> FINDINGS = new TupleTag<>() {};
    private static final TupleTag<String> ERRORS = new TupleTag<>() {};

    /** Runs the pipeline with options from the command line, such as {@code --runner=FlinkRunner}. */
    public static void main(String[] args) {
        Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        Pipeline pipeline = Pipeline.create(options);
        build(pipeline, options.getInput(), options.getOutput());
        pipeline.run().waitUntilFinish();
    }

    /**
     * Adds the lint transforms to a pipeline.
     *
     * @param input a file pattern ({@code /data/postings/*.md}, {@code gs://bucket/postings/*}) or a local directory,
     *     which stands for every file in it
     * @param output the prefix of the output files
     */
    public static void build(Pipeline pipeline, String input, String output) {
        PCollectionTuple linted = pipeline.apply("Match", FileIO.match().filepattern(pattern(input)))
                .apply("Read", FileIO.readMatches())
                .apply("Lint", ParDo.of(new LintFn()).withOutputTags(FINDINGS, TupleTagList.of(ERRORS)));
        PCollection<KV<String, String>> findings =
                linted.get(FINDINGS).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

        findings.apply("FindingLines", Values.create())
                .apply(
                        "WriteFindings",
                        TextIO.write()
                                .to(output + "findings")
                                .withSuffix(".jsonl")
                                .withNumShards(1));
        findings.apply("RuleIds", Keys.create())
                .apply("CountPerRule", Count.perElement())
                .apply(
                        "SummaryLines",
                        MapElements.into(TypeDescriptors.strings())
                                .via(kv -> json(new RuleCount(kv.getKey(), kv.getValue()))))
                .apply(
                        "WriteSummary",
                        TextIO.write()
                                .to(output + "summary")
                                .withSuffix(".jsonl")
                                .withNumShards(1));
        linted.get(ERRORS)
                .setCoder(StringUtf8Coder.of())
                .apply(
                        "WriteErrors",
                        TextIO.write()
                                .to(output + "errors")
                                .withSuffix(".jsonl")
                                .withNumShards(1));
    }

    /** A local directory stands for every file in it; anything else is a file pattern already. */
    static String pattern(String input) {
        try {
            if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(input))) {
                return input.endsWith("/") ? input + "*" : input + "/*";
            }
        } catch (java.nio.file.InvalidPathException e) {
            // Not a local path (such as a URL of another file system): a pattern for Beam to resolve.
        }
        return input;
    }

    /** Lints one file; emits (rule id, finding line) pairs, or an error line. */
    static final class LintFn extends DoFn<FileIO.ReadableFile, KV<String, String>> {
        private static final long serialVersionUID = 1L;
        private transient @Nullable Linter linter;

        /** Builds the linter once per instance on the worker (a linter is not serializable). */
        @Setup
        public void setup() {
            linter = Linter.builder().build();
        }

        /** Lints one file and emits its findings, or an error line. */
        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
            String path = file.getMetadata().resourceId().toString();
            Linter l = linter;
            if (l == null) {
                l = Linter.builder().build();
                linter = l;
            }
            LintReport report;
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(file.readFullyAsBytes()))
                        .toString();
                report = l.lint(text, InputFormat.fromFileName(path));
            } catch (CharacterCodingException e) {
                out.get(ERRORS).output(json(new ErrorLine(path, "not valid UTF-8")));
                return;
            } catch (HiringException e) {
                out.get(ERRORS).output(json(new ErrorLine(path, String.valueOf(e.getMessage()))));
                return;
            }
            JsonFormat.FileJson fileJson = JsonFormat.toJson(java.util.List.of(new FileResult(path, report)))
                    .files()
                    .get(0);
            for (JsonFormat.FindingJson f : fileJson.findings()) {
                out.get(FINDINGS).output(KV.of(f.ruleId(), json(new FindingLine(path, f))));
            }
        }
    }

    /** Compact JSON on one line, with the SDK's mapper settings. */
    static String json(Object value) {
        try {
            return Compact.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Compact {
        static final ObjectMapper MAPPER = HiringJackson.newObjectMapper()
                .configure(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT, false);
    }
}
