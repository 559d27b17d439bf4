namespace Hub.Simulator;

/// <summary>
/// The department simulator, which answers dispatched tasks like the department lines would; bound from
/// the configuration section <c>Hub:Simulator</c>. The three percentages must add up to 100.
/// </summary>
public sealed class DepartmentSimulatorOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub:Simulator";

    /// <summary>Whether the simulator runs. Default false; the host turns it on with the embedded broker.</summary>
    public bool Enabled { get; set; }

    /// <summary>Shortest wait before each answer, in milliseconds. Default 200.</summary>
    public int MinDelayMs { get; set; } = 200;

    /// <summary>Longest wait before each answer, in milliseconds. Default 800.</summary>
    public int MaxDelayMs { get; set; } = 800;

    /// <summary>Percentage of first submissions approved. Default 80.</summary>
    public int ApprovePercent { get; set; } = 80;

    /// <summary>Percentage of first submissions rejected. Default 10.</summary>
    public int RejectPercent { get; set; } = 10;

    /// <summary>Percentage of first submissions sent back for supplements; a resubmission is always approved. Default 10.</summary>
    public int SupplementPercent { get; set; } = 10;

    /// <summary>
    /// Percentage of approvals that issue an e-certificate to the applicant, sent as a <c>certificate_issued</c> event of
    /// its own right after the approval. Default 70: of the catalogue's 59 matters, 41 end in a licence, a certificate or
    /// a 证明 (which the national directory keeps as an e-document too); the others (subsidies, withdrawals of funds,
    /// transfers, filings, a loan, a deregistration) issue nothing.
    /// </summary>
    public int CertificatePercent { get; set; } = 70;

    /// <summary>The consumer group the simulated departments read their tasks with. Default <c>department-simulator</c>.</summary>
    public string ConsumerGroup { get; set; } = "department-simulator";
}
