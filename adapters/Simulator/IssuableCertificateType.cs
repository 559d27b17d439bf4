namespace Hub.Simulator;

/// <summary>An e-certificate type (证照类型) a department line issues, as a simulated department needs to know it.</summary>
/// <param name="Code">The 21-character type code (证照类型代码).</param>
/// <param name="Name">Its Chinese name, e.g. 营业执照.</param>
/// <param name="Department">The department line that issues it.</param>
/// <param name="ValidityYears">How many years a first certificate is valid; null when it does not expire.</param>
public sealed record IssuableCertificateType(string Code, string Name, string Department, int? ValidityYears);
