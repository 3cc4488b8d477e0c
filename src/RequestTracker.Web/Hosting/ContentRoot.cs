namespace RequestTracker.Web.Hosting;

/// <summary>
/// Where the app's own files are (wwwroot, appsettings.json, App_Data by default). ASP.NET Core takes the current
/// directory, which is right for <c>dotnet run</c> (the project folder) and for the container (WORKDIR is the app),
/// but a published app started from anywhere else — a service unit without a working directory, a shell in /tmp —
/// found no wwwroot and served its pages without styles. Then, and only when nothing set the content root
/// (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>, as a test host does), the folder
/// the app's binaries and its wwwroot are in is the content root.
/// </summary>
internal static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey];
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var lost = string.IsNullOrEmpty(given) && !Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")) && Directory.Exists(published);
        return new WebApplicationOptions { Args = args, ContentRootPath = lost ? AppContext.BaseDirectory : null };
    }
}
