using System.Runtime.CompilerServices;

namespace NonClinicalGuide.Tests;

internal static class TestEnvironment
{
    // Dozens of app instances start in one test run; each would watch appsettings.json for changes and
    // Linux allows a user only 128 inotify instances. The tests never change settings files.
    [ModuleInitializer]
    internal static void DoNotWatchSettingsFiles() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
