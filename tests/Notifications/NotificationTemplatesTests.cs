using Hub.Messages;

namespace Hub.Tests.Notifications;

/// <summary>The template file of the applicant notifications, as the hub checks it when it starts.</summary>
public sealed class NotificationTemplatesTests
{
    private static string Json(string signature, params (string Code, string Text)[] templates) =>
        System.Text.Json.JsonSerializer.Serialize(new { signature, templates = templates.ToDictionary(t => t.Code, t => t.Text) });

    // Every code with a text that names its first two parameters (every code has {matter}, a case's {caseId}, a booking's {appointmentId}).
    private static (string, string)[] All => [.. NotificationTemplates.Codes.Select(c => (c.Key, $"您的{{{c.Value[1]}}}，{{{c.Value[0]}}}。"))];

    [Fact]
    public void TheShippedFile_HasEveryTemplate_AndRendersItsParameters()
    {
        var templates = NotificationTemplates.LoadDefault();

        var text = templates.Render(NotificationCodes.SupplementRequested, [new("caseId", "610925-20261202-0001"), new("matter", "户籍类证明开具"), new("materials", "居民身份证、申请表")]);

        Assert.Equal("【政务服务】您申请的户籍类证明开具（办件编号610925-20261202-0001）需补正材料：居民身份证、申请表。请携带上述材料到受理窗口补正，补正期间不计入办理时限。", text);
    }

    [Fact]
    public void AMissingTemplate_StopsStartUp_NamingItsCodeAndParameters()
    {
        var ex = Assert.Throws<FormatException>(() => NotificationTemplates.Parse(Json("【政务服务】", All[1..]), "templates.json"));

        Assert.Contains($"templates.{NotificationCodes.Accepted}: missing; the hub sends it with {{caseId}}, {{matter}}, {{deadline}}, {{queryCode}}", ex.Message);
        Assert.StartsWith("templates.json has 1 problem(s)", ex.Message);
    }

    [Fact]
    public void AParameterTheCodeDoesNotHave_OrACodeTheHubDoesNotSend_OrNoSignature_IsNamed()
    {
        (string, string)[] templates = [.. All.Where(t => t.Item1 != NotificationCodes.Rejected), (NotificationCodes.Rejected, "{matter}未予批准：{reason}"), ("HUB_CASE_LOST", "…")];

        var ex = Assert.Throws<FormatException>(() => NotificationTemplates.Parse(Json("政务服务", templates), "templates.json"));

        Assert.Contains($"templates.{NotificationCodes.Rejected}: {{reason}} is no parameter of this template; it has {{caseId}}, {{matter}}", ex.Message);
        Assert.Contains("templates.HUB_CASE_LOST: the hub sends no such template", ex.Message);
        Assert.Contains("signature: give the SMS signature", ex.Message);
        Assert.StartsWith("templates.json has 3 problem(s)", ex.Message);
    }

    [Fact]
    public void AHubGivenATemplateFileWithAProblem_DoesNotStart_AndSaysWhat()
    {
        var path = Path.Combine(Path.GetTempPath(), $"templates-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, Json("【政务服务】", All[1..]));
        try
        {
            var ex = Assert.Throws<InvalidOperationException>(() => Hub.Hosting.HubHost.Build([$"--Hub:Notifications:Templates={path}"]));

            Assert.StartsWith("Hub:Notifications:Templates: ", ex.Message);
            Assert.Contains($"templates.{NotificationCodes.Accepted}: missing", ex.Message);
            Assert.Contains(Path.GetFileName(path), ex.Message);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
