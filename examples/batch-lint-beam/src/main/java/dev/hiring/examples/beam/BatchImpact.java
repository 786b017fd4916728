package dev.hiring.examples.beam;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.hiring.analytics.impact.AdverseImpact;
import dev.hiring.analytics.impact.GroupCounts;
import dev.hiring.analytics.impact.ImpactInput;
import dev.hiring.analytics.impact.ImpactReport;
import dev.hiring.core.json.HiringJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Audits decisions for adverse impact at scale: reads a decisions CSV with the header {@code candidate,group,selected}
 * (selected is {@code 1}/{@code 0} or {@code true}/{@code false}; an empty group is "unknown"), counts applicants and
 * selections per group in parallel, and computes the statistics with hiring-analytics' {@link AdverseImpact} on the
 * aggregated counts (four-fifths rule, Fisher's exact test or the pooled z-test, the 2% small-group rule). Writes
 * {@code <output>impact.json}. Rows that do not have three columns or a valid {@code selected} are skipped and
 * counted in the {@code rejected-rows} metric; their content is never logged.
 */
public final class BatchImpact {
    private BatchImpact() {}

    /** The pipeline's options: {@code --input=<csv pattern> --output=<prefix>} plus the runner's. */
    public interface Options extends PipelineOptions {
        /** The decisions CSV file pattern. */
        @Description("File pattern of the decisions CSV (candidate,group,selected)")
        @Validation.Required
        String getInput();

        /** Sets the input pattern. */
        void setInput(String input);

        /** The output prefix. */
        @Description("Prefix of the output file")
        @Validation.Required
        String getOutput();

        /** Sets the output prefix. */
        void setOutput(String output);
    }

    /** The label used for rows without a group. */
    static final String UNKNOWN = "";

    /** Runs the pipeline with options from the command line. */
    public static void main(String[] args) {
        Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        Pipeline pipeline = Pipeline.create(options);
        build(pipeline, options.getInput(), options.getOutput());
        pipeline.run().waitUntilFinish();
    }

    /** Adds the impact transforms to a pipeline. */
    public static void build(Pipeline pipeline, String input, String output) {
        PCollection<KV<String, Long>> rows = pipeline.apply(
                        "ReadCsv", TextIO.read().from(input))
                .apply("Parse", ParDo.of(new ParseFn()))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
        // Applicants per group: count the rows; selected per group: sum the 0/1 values. Both run in parallel.
        PCollection<KV<String, Long>> applicants = rows.apply("Applicants", Count.perKey());
        PCollection<KV<String, Long>> selected = rows.apply("Selected", Sum.longsPerKey());
        KeyedPCollectionTuple.of(APPLICANTS, applicants)
                .and(SELECTED, selected)
                .apply("Join", CoGroupByKey.create())
                .apply(
                        "Counts",
                        MapElements.into(TypeDescriptors.strings())
                                .via(kv -> kv.getKey() + "\t"
                                        + kv.getValue().getOnly(APPLICANTS, 0L) + "\t"
                                        + kv.getValue().getOnly(SELECTED, 0L)))
                // The per-group counts are small (one line per group): bring them together for the statistics.
                .apply("OneKey", WithKeys.of("all"))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
                .apply("AllGroups", GroupByKey.create())
                .apply("Analyze", MapElements.into(TypeDescriptors.strings()).via(kv -> analyzeLines(kv.getValue())))
                .apply(
                        "WriteReport",
                        TextIO.write().to(output + "impact").withSuffix(".json").withoutSharding());
    }

    private static final TupleTag<Long> APPLICANTS = new TupleTag<>() {};
    private static final TupleTag<Long> SELECTED = new TupleTag<>() {};

    /** Parses one CSV line to (group, selected 0 or 1); skips the header and counts rejected rows. */
    static final class ParseFn extends DoFn<String, KV<String, Long>> {
        private static final long serialVersionUID = 1L;
        private static final CsvMapper CSV = new CsvMapper();
        private final Counter rejected = Metrics.counter(BatchImpact.class, "rejected-rows");

        /** Parses one line; emits (group, 0 or 1) or counts the row as rejected. */
        @ProcessElement
        public void process(@Element String line, OutputReceiver<KV<String, Long>> out) {
            if (line.isBlank() || line.startsWith("candidate,")) {
                return;
            }
            String[] cols;
            try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readValues(line)) {
                cols = it.hasNext() ? it.next() : new String[0];
            } catch (IOException | RuntimeException e) {
                rejected.inc();
                return;
            }
            if (cols.length != 3) {
                rejected.inc();
                return;
            }
            long sel;
            switch (cols[2].strip()) {
                case "1", "true" -> sel = 1;
                case "0", "false" -> sel = 0;
                default -> {
                    rejected.inc();
                    return;
                }
            }
            out.output(KV.of(cols[1].strip(), sel));
        }
    }

    /** Analyzes {@code group<TAB>applicants<TAB>selected} lines and returns the report's JSON. */
    static String analyzeLines(Iterable<String> lines) {
        List<GroupCounts> groups = new ArrayList<>();
        long unknown = 0;
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            String group = parts[0];
            long applicants = Long.parseLong(parts[1]);
            long selected = Long.parseLong(parts[2]);
            if (group.equals(UNKNOWN)) {
                unknown += applicants;
            } else {
                groups.add(new GroupCounts(group, applicants, selected));
            }
        }
        return toJson(analyze(groups, unknown));
    }

    /**
     * The report for per-group counts (any order: they are sorted by group so that the report is the same on every
     * runner) and the number of individuals of unknown group.
     */
    static ImpactReport analyze(List<GroupCounts> groups, long unknown) {
        List<GroupCounts> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(GroupCounts::group));
        return AdverseImpact.analyze(
                ImpactInput.selection().groups(sorted).unknown(unknown).build());
    }

    /** The report as the SDK's pretty JSON. */
    static String toJson(ImpactReport report) {
        return HiringJson.write(report);
    }
}
