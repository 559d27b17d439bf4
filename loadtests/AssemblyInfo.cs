using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Hub.Tests")]
