// WebApplicationFactory finds the host it builds through a process-wide diagnostic listener: two factories
// starting at the same moment can pick up each other's host. Host tests therefore run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
