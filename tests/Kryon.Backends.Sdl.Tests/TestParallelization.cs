// Each end-to-end class runs its own Xvfb and a kryon process; one at a time keeps the 2-core
// machine from starving them (a window that takes too long to appear, a server not yet answering).
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
