using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.EndToEnd;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Catalogue;

/// <summary>
/// The versioned catalogue as an operator changes it without a restart and a window sees it: a matter changed, then
/// merged, while cases under it are open; the history of its versions; the feed of its revisions; and change sets
/// refused whole, naming the field. A hub of this class's own, since it changes the catalogue.
/// </summary>
public sealed class CatalogueChangeTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string County = "demo-langao-county";

    [Fact]
    public async Task AMatterChangedThenMerged_OldCasesKeepTheirVersion_NewOnesGetTheNewOne_ThenTheSuccessorsName()
    {
        var window = hub.Window(County);
        var ops = hub.Window("demo-ops");
        var before = await WindowSubmissions.SubmittedAsync(window, "PS-003");
        Assert.Equal((1, 30), (Version(before), (int)(await CommittedDaysAsync(window, before))));

        var changed = await ops.PostAsJsonAsync("/ops/catalogue/changes", new
        {
            reason = "承诺时限压减（测试）",
            changes = new object[] { new { op = "change", code = "PS-003", matter = new { committedDays = 20 } } },
        });
        Assert.Equal(HttpStatusCode.Created, changed.StatusCode);

        var after = await WindowSubmissions.SubmittedAsync(window, "PS-003");
        Assert.Equal((2, 20), (Version(after), (int)(await CommittedDaysAsync(window, after))));

        var merged = await ops.PostAsJsonAsync("/ops/catalogue/changes", new
        {
            reason = "补领并入换领（测试）",
            changes = new object[] { new { op = "merge", code = "PS-003", into = "PS-002" } },
        });
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);

        var refused = await WindowSubmissions.SubmitAsync(window, "PS-003");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("matter-merged", problem["code"]!.GetValue<string>());
        Assert.Contains("submit under PS-002 (居民身份证换领) instead", problem["errors"]!["matterCode"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, Version(await WindowSubmissions.SubmittedAsync(window, "PS-002")));

        // The cases already in keep the version they were submitted under, and the terms that came with it.
        Assert.Equal(1, Version((await window.GetFromJsonAsync<JsonObject>($"/api/cases/{before["caseId"]}"))!));
        Assert.Equal(2, Version((await window.GetFromJsonAsync<JsonObject>($"/api/cases/{after["caseId"]}"))!));
        Assert.DoesNotContain((await window.GetFromJsonAsync<JsonArray>("/api/matters?node=610925000000&home=430102000000"))!, m => m!["code"]!.GetValue<string>() == "PS-003");

        var history = (await window.GetFromJsonAsync<JsonObject>("/api/matters/PS-003/history"))!;
        var versions = history["versions"]!.AsArray();
        Assert.Equal(["file", "change", "merge"], versions.Select(v => v!["kind"]!.GetValue<string>()));
        Assert.Equal([30, 20, 20], versions.Select(v => v!["committedDays"]!.GetValue<int>()));
        Assert.Equal("PS-002", versions[2]!["successor"]!.GetValue<string>());
        Assert.Equal(3, history["retiredBy"]!.GetValue<int>());
        Assert.Null(history["inForce"]);

        // Each revision on hub.catalogue-changes, keyed by the matter's code; a repeat would carry the same event id.
        using var feed = new TopicReader(await hub.BootstrapServersAsync(), HubTopics.CatalogueChanges());
        var revisions = (await feed.ReadUntilQuietAsync(r => r.Message.Key == "PS-003", atLeast: 2))
            .Select(r => ProtoCodec.Decode<Wire.CatalogueChange>(r.Message.Value)).ToArray();
        Assert.Equal(
            [(2, Wire.CatalogueChangeKind.Changed, (string?)null), (3, Wire.CatalogueChangeKind.Merged, "PS-002")],
            revisions.DistinctBy(r => r.EventId).Select(r => (r.Version, r.Kind, r.Successor)));
        Assert.Equal(20, JsonNode.Parse(revisions[0].EntryJson!)!["committedDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task AChangeSetWithAWrongChange_IsRefusedWhole_NamingTheField_AndNothingOfItIsRecorded()
    {
        var ops = hub.Window("demo-ops");
        async Task<(HttpStatusCode Status, string Field, string Message)> Post(object body)
        {
            var answer = await ops.PostAsJsonAsync("/ops/catalogue/changes", body);
            var problem = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
            var (field, messages) = problem["errors"]!.AsObject().Single();
            return (answer.StatusCode, field, messages![0]!.GetValue<string>());
        }

        // A first change that is fine, and a second that is not: neither is recorded.
        var wrong = await Post(new
        {
            reason = "测试",
            changes = new object[]
            {
                new { op = "change", code = "HR-006", matter = new { name = "参保证明查询打印" } },
                new { op = "change", code = "HR-004", matter = new { committedDays = 9 } },
            },
        });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "changes[1].matter.committedDays"), (wrong.Status, wrong.Field));

        var intoNothing = await Post(new { reason = "测试", changes = new object[] { new { op = "merge", code = "HR-006", into = "XX-999" } } });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "changes[0].into"), (intoNothing.Status, intoNothing.Field));
        Assert.Contains("'XX-999' is not a matter in force", intoNothing.Message, StringComparison.Ordinal);

        var past = await Post(new { reason = "测试", changes = new object[] { new { op = "cancel", code = "HR-006", effectiveFrom = "2020-01-01" } } });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "changes[0].effectiveFrom"), (past.Status, past.Field));

        var noReason = await Post(new { changes = new object[] { new { op = "cancel", code = "HR-006" } } });
        Assert.Equal((HttpStatusCode.BadRequest, "reason"), (noReason.Status, noReason.Field));

        var badOp = await Post(new { reason = "测试", changes = new object[] { new { op = "rename", code = "HR-006" } } });
        Assert.Equal((HttpStatusCode.BadRequest, "changes[0].op"), (badOp.Status, badOp.Field));

        var history = (await hub.Window(County).GetFromJsonAsync<JsonObject>("/api/matters/HR-006/history"))!;
        Assert.Equal(["file"], history["versions"]!.AsArray().Select(v => v!["kind"]!.GetValue<string>()));
        Assert.Equal("个人权益记录（参保证明）查询打印", history["versions"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMatterAddedFromALaterDay_IsInTheHistory_ButNotYetInForce()
    {
        var ops = hub.Window("demo-ops");
        var entry = JsonNode.Parse((await hub.Window(County).GetFromJsonAsync<JsonObject>("/api/matters/HR-005/history"))!["versions"]![0]!["entry"]!.ToJsonString())!.AsObject();
        entry["code"] = "HR-105";
        entry["name"] = "就业创业证申领（新版）";
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd");

        var added = await ops.PostAsJsonAsync("/ops/catalogue/changes", new { reason = "新增事项（测试）", changes = new object[] { new { op = "add", matter = entry, effectiveFrom = tomorrow } } });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var history = (await hub.Window(County).GetFromJsonAsync<JsonObject>("/api/matters/HR-105/history"))!;
        Assert.Null(history["inForce"]);
        Assert.Equal((1, "add", tomorrow, false), (history["versions"]![0]!["version"]!.GetValue<int>(), history["versions"]![0]!["kind"]!.GetValue<string>(),
            history["versions"]![0]!["effectiveFrom"]!.GetValue<string>(), history["versions"]![0]!["current"]!.GetValue<bool>()));
        var refused = await WindowSubmissions.SubmitAsync(hub.Window(County), "HR-105", materialsOf: "HR-005");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("unknown-matter", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    private static int Version(JsonObject caseResponse) => caseResponse["matter"]!["version"]!.GetValue<int>();

    // The committed working days the case was given: its committed deadline counted back from its submission.
    private static async Task<int> CommittedDaysAsync(HttpClient window, JsonObject created)
    {
        var submitted = DateOnly.FromDateTime(created["submittedAt"]!.GetValue<DateTimeOffset>().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var deadline = created["deadlines"]!["committed"]!.GetValue<string>();
        for (var days = 1; days <= 60; days++)
        {
            var add = (await window.GetFromJsonAsync<JsonObject>($"/api/calendar/add?from={submitted:yyyy-MM-dd}&workingDays={days}"))!;
            if (add["date"]!.GetValue<string>() == deadline)
            {
                return days;
            }
        }

        return -1;
    }
}
