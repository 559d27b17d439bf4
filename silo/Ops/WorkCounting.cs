namespace Hub.Ops;

/// <summary>Counts into <see cref="HubWork"/> what it cannot see from elsewhere: grain calls and HTTP requests.</summary>
public static class WorkCounting
{
    /// <summary>Counts every HTTP request the hub serves, whatever its answer; goes first in the pipeline.</summary>
    public static IApplicationBuilder UseHubWorkCounting(this IApplicationBuilder app)
    {
        var work = app.ApplicationServices.GetRequiredService<HubWork>();
        return app.Use((context, next) =>
        {
            work.HttpRequest();
            return next(context);
        });
    }

    /// <summary>Counts every call a grain of this silo receives.</summary>
    public sealed class GrainCalls(HubWork work) : IIncomingGrainCallFilter
    {
        public Task Invoke(IIncomingGrainCallContext context)
        {
            work.GrainCall();
            return context.Invoke();
        }
    }
}
