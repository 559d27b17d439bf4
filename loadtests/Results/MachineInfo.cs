namespace Hub.LoadTests.Results;

/// <summary>Where the run happened: the figures only compare with runs on the same kind of machine.</summary>
public sealed record MachineInfo(int Cores, string Os, string Runtime, int Silos, string Broker);
