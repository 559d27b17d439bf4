using Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

public class ProtoSchemaTests
{
    private const string UpdateVariable = "HUB_UPDATE_PROTO";

    [Fact]
    public void CommittedProto_IsWhatTheContractsGenerate()
    {
        var generated = Normalise(HubSchema.Generate());
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(CommittedPath(), generated);
            return;
        }

        Assert.True(
            generated == Normalise(HubSchema.Committed()),
            "adapters/Kafka/Contracts/hub.proto differs from the protobuf-net contracts in adapters/Kafka/Contracts. "
            + $"Regenerate it with `{UpdateVariable}=1 dotnet test tests --filter FullyQualifiedName~Hub.Tests.Kafka.ProtoSchemaTests`, "
            + "review the diff (departments build on this file: never renumber or reuse a field) and commit it.\n"
            + $"Generated:\n{generated}");
    }

    [Fact]
    public void CommittedProto_DeclaresThePackageAndTheThreeMessages()
    {
        var proto = HubSchema.Committed();

        Assert.Contains("package hub.v1;", proto);
        Assert.Contains("message DispatchTask {", proto);
        Assert.Contains("message DepartmentEvent {", proto);
        Assert.Contains("message CaseStatusChanged {", proto);
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string CommittedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "adapters", "Kafka", "Contracts", "hub.proto");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Cannot find adapters/Kafka/Contracts/hub.proto above the test output folder.");
    }
}
