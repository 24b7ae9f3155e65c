using Kryon.Backends.Web.Hosting;
using Kryon.Cli.Loading;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Scripting;

namespace Kryon.Cli.Serving;

/// <summary>
/// How `kryon serve` starts the app for each browser tab: as `kryon run` starts it on a platform
/// (its own script manager and runtime log, the tab's viewport, the server's Pango measurer, the
/// session's clipboard), from a document loaded and checked once.
/// </summary>
public static class AppSessionFactory
{
    public static SessionFactory For(string appPath, KrbDocument document, IReadOnlyDictionary<string, (string SourceName, int FirstLine)> scriptSources)
    {
        var scriptOptions = AppScripts.Options(appPath, scriptSources);
        string appDirectory = AppDocumentLoader.DirectoryOf(appPath);
        return start =>
        {
            var log = new RuntimeLog();
            var scripts = ScriptManager.Create(document, log, scriptOptions);
            try
            {
                var runtime = KryonRuntime.Load(document, new RuntimeOptions
                {
                    Scripts = scripts,
                    Measurer = start.Measurer,
                    Clipboard = start.Clipboard,
                    AppDirectory = appDirectory,
                    Width = start.Width,
                    Height = start.Height,
                }, log);
                scripts.Attach(runtime);
                runtime.Start();
                return new HostedApp(runtime, scripts);
            }
            catch
            {
                scripts.Dispose();
                throw;
            }
        };
    }
}
