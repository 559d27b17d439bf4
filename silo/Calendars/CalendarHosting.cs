using Hub.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Calendars;

/// <summary>Registers the holiday calendar every deadline is computed with, loaded at start-up so that a bad year file stops it.</summary>
public static class CalendarHosting
{
    /// <summary>
    /// Binds <see cref="CalendarOptions"/> (<c>Hub:Calendar</c>), loads the folder's year files into the
    /// <see cref="HolidayCalendar"/> now, and in cluster mode adds the <see cref="CalendarStore"/> and the
    /// <see cref="CalendarRefresher"/>, which puts the database's notices in force before Orleans starts.
    /// </summary>
    public static IHostApplicationBuilder AddHubCalendar(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());

        // Loaded here, not lazily, as the catalogue is: a bad file stops start-up instead of failing the first case.
        var folder = (builder.Configuration.GetSection(CalendarOptions.Section).Get<CalendarOptions>() ?? new CalendarOptions()).FolderPath;
        services.AddSingleton(new HolidayCalendar(WorkingCalendar.Load(folder)));

        var hub = HubOptions.From(builder.Configuration);
        var store = hub.Mode == HubMode.Cluster ? new CalendarStore(hub.Database.ConnectionString!) : null;
        services.AddSingleton(sp => new CalendarLoader(
            sp.GetRequiredService<HolidayCalendar>(), sp.GetRequiredService<IOptions<CalendarOptions>>(), store, sp.GetRequiredService<ILogger<CalendarLoader>>()));
        if (store is not null)
        {
            services.AddHostedService<CalendarRefresher>();
        }

        return builder;
    }
}
