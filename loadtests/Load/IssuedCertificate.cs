namespace Hub.LoadTests.Load;

/// <summary>A certificate the played departments issued and the broker took: its id, its type and its holder.</summary>
internal sealed record IssuedCertificate(string Id, string TypeCode, string HolderId, string HolderName, bool HolderIsOrganisation);
