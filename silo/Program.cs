using Hub.Hosting;

var app = HubHost.Build(args);
await app.RunAsync();
