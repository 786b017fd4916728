/** The README's quickstart example. */
module dev.hiring.examples.quickstart {
    requires dev.hiring.core;
}
