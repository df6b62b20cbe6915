using PuppeteerSharp;

namespace RowBench.BrowserTests;

/// <summary>
/// Debian's Chromium, headless, driven by PuppeteerSharp through <see cref="LaunchOptions.ExecutablePath"/>: nothing is
/// downloaded, so it works in a closed network. Collects console errors and uncaught exceptions of the page.
/// </summary>
public static class InstalledChromium
{
    /// <summary>
    /// The flags the machine's probe used: without the background-networking ones, the closed network refuses Chromium's
    /// own connections at every start.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    ];

    public static async Task<IBrowser> LaunchAsync()
    {
        string executable = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Assert.True(File.Exists(executable), $"Chromium is not installed at {executable} (Debian package 'chromium'; .ci/run installs it).");
        return await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = executable, Args = Flags });
    }

    /// <summary>Opens <paramref name="file"/> at <paramref name="width"/> pixels and returns the page and the errors it logs.</summary>
    public static async Task<(IPage Page, List<string> Errors)> OpenAsync(IBrowser browser, string file, int width)
    {
        ArgumentNullException.ThrowIfNull(browser);
        IPage page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Message.Type == ConsoleType.Error)
            {
                errors.Add(message.Message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error.Message);
        page.RequestFailed += (_, request) => errors.Add($"failed to load {request.Request.Url}");
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 1000 });
        await page.GoToAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, WaitUntilNavigation.Load);
        return (page, errors);
    }
}
