using Hub.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Tests.Hosting;

/// <summary>Each silo's database connections come from one bounded pool, so that a few silos fit PostgreSQL's default 100.</summary>
public sealed class DatabasePoolTests
{
    private const string Database = "Host=db;Database=hub;Username=hub";

    [Fact]
    public void ConnectionString_WithoutAPoolSize_CarriesTheDefaultOf16()
    {
        var options = new DatabaseOptions { ConnectionString = Database };

        Assert.Equal(16, new NpgsqlConnectionStringBuilder(options.ConnectionString).MaxPoolSize);
    }

    [Fact]
    public void ConnectionString_CarriesMaxPoolSize_WhenSet()
    {
        var options = new DatabaseOptions { ConnectionString = Database, MaxPoolSize = 5 };

        Assert.Equal(5, new NpgsqlConnectionStringBuilder(options.ConnectionString).MaxPoolSize);
    }

    [Theory]
    [InlineData("Maximum Pool Size=40")]
    [InlineData("maximum pool size=40")]
    [InlineData("MaxPoolSize=40")]
    public void ConnectionString_ThatSetsItsOwnPoolSize_KeepsIt(string pool)
    {
        var options = new DatabaseOptions { ConnectionString = $"{Database};{pool}", MaxPoolSize = 5 };

        Assert.Equal(40, new NpgsqlConnectionStringBuilder(options.ConnectionString).MaxPoolSize);
    }

    [Fact]
    public void MaxPoolSize_OfZero_FailsInClusterModeNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => HubHost.Build(
            ["--Hub:Mode=Cluster", "--Hub:Kafka:BootstrapServers=127.0.0.1:9092", $"--Hub:Database:ConnectionString={Database}", "--Hub:Database:MaxPoolSize=0"]));

        Assert.Contains("Hub:Database:MaxPoolSize must be between 1 and 1000 connections (was 0)", error.Message);
    }
}
