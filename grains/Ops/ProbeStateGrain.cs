namespace Hub.Ops;

/// <summary>
/// The grain of <see cref="IProbeStateGrain"/>: a state of about a kilobyte, a case's order of size, stored by the
/// cases' provider — in memory or in PostgreSQL, as the mode has it.
/// </summary>
public sealed class ProbeStateGrain([PersistentState("probe", "cases")] IPersistentState<ProbeState> state) : Grain, IProbeStateGrain
{
    private static readonly string Payload = new('x', 1000);

    public async Task Write(int times)
    {
        for (var i = 0; i < times; i++)
        {
            state.State.Writes++;
            state.State.Payload = Payload;
            await state.WriteStateAsync();
        }
    }
}

/// <summary>What <see cref="ProbeStateGrain"/> stores.</summary>
[GenerateSerializer, Alias("hub.ProbeState")]
public sealed class ProbeState
{
    [Id(0)]
    public long Writes { get; set; }

    [Id(1)]
    public string Payload { get; set; } = "";
}
