using Hub.Commands;

return await HubCommands.RunAsync(args);
