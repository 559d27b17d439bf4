using Hub.Cases;

namespace Hub.Tests.Support;

/// <summary>Reads a case as an operator does: tests that play the hub's own parts see every case.</summary>
public static class CaseGrainTestExtensions
{
    /// <summary>The test suite's operator caller.</summary>
    public static readonly CaseCaller Operator = CaseCaller.Operator("tests");

    public static Task<CaseView> GetView(this ICaseGrain grain) => grain.GetView(Operator);
}
