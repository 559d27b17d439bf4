namespace Hub.LoadTests.Results;

/// <summary>
/// Memory per active case: the silo's managed heap after a full collection, before and after a batch of cases that
/// the departments hold open, divided by the batch.
/// </summary>
public sealed record MemoryFigures(long ActiveCases, long HeapBeforeBytes, long HeapAfterBytes, long WorkingSetAfterBytes)
{
    public double BytesPerActiveCase => ActiveCases > 0 ? (double)(HeapAfterBytes - HeapBeforeBytes) / ActiveCases : 0;
}
