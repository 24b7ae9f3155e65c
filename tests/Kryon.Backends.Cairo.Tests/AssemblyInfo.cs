// cairo and Pango objects are not thread-safe and each renderer/measurer owns its own; running
// the tests one at a time keeps a native crash from ever depending on scheduling.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
