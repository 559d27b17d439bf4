namespace Hub.Tests.Support;

/// <summary>
/// A test that needs the PostgreSQL server `bash test.sh` starts (HUB_TEST_POSTGRES). Without it the test is
/// reported as skipped locally, but under CI (CI=true) it runs and fails, so that a CI run can never pass by
/// leaving the database tests out.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null && !PostgresServer.Required)
        {
            Skip = $"No PostgreSQL: {PostgresServer.Variable} is not set. Run the tests with `bash test.sh`, which starts one.";
        }
    }
}
