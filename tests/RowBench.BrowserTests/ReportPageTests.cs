using System.Text.Json.Nodes;
using PuppeteerSharp;
using SkiaSharp;

namespace RowBench.BrowserTests;

/// <summary>
/// Each HTML report of a run opens in headless Chromium with no console error, and every chart on it is drawn:
/// its region of the screenshot is not blank. The pages come from ROWBENCH_BROWSER_PAGES (folders searched for
/// summary.html, tuning.html, compare.html, ab.html and history.html, separated by ':'); screenshots go to ROWBENCH_SCREENSHOTS if set.
/// </summary>
public class ReportPageTests
{
    private const int Width = 1280;
    private static readonly string[] PageNames = ["summary.html", "tuning.html", "compare.html", "ab.html", "history.html"];

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        string? folders = Environment.GetEnvironmentVariable("ROWBENCH_BROWSER_PAGES");
        foreach (string folder in (folders ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string page in Directory.EnumerateFiles(folder, "*.html", SearchOption.TopDirectoryOnly).Where(path => PageNames.Contains(Path.GetFileName(path))))
            {
                pages.Add(page);
            }
        }

        // Without pages there is nothing to check, which must not pass for a check.
        if (pages.Count == 0)
        {
            pages.Add("(set ROWBENCH_BROWSER_PAGES to the folders of a quick run, a tune and a compare)");
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_OpenedInChromium_LoadsWithoutErrorsAndDrawsEveryChart(string page)
    {
        Assert.True(File.Exists(page), $"No such page: {page}");
        await using IBrowser browser = await InstalledChromium.LaunchAsync();

        (IPage tab, List<string> errors) = await InstalledChromium.OpenAsync(browser, page, Width);
        JsonArray charts = JsonNode.Parse((await tab.EvaluateExpressionAsync<System.Text.Json.JsonElement>(
            "[...document.querySelectorAll('figure.chart svg')].map(svg => { const r = svg.getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height }; })")).GetRawText())!.AsArray();
        bool fetchesNothing = await tab.EvaluateExpressionAsync<bool>("[...document.querySelectorAll('script[src], link[href], img[src]')].length === 0");
        byte[] screenshot = await tab.ScreenshotDataAsync(new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
        SaveScreenshot(page, screenshot);

        Assert.True(errors.Count == 0, $"{page}: {string.Join("; ", errors)}");
        Assert.True(fetchesNothing, $"{page} refers to external scripts, styles or images; it must be self-contained");
        Assert.True(charts.Count > 0, $"{page} has no chart");
        using SKBitmap image = SKBitmap.Decode(screenshot);
        foreach (JsonNode? chart in charts)
        {
            var region = SKRectI.Round(SKRect.Create(
                (float)chart!["x"]!.GetValue<double>(), (float)chart["y"]!.GetValue<double>(), (float)chart["w"]!.GetValue<double>(), (float)chart["h"]!.GetValue<double>()));
            Assert.True(region.Width > 100 && region.Height > 100, $"{page}: a chart is only {region.Width}×{region.Height} pixels");
            (int colours, double inked) = Inspect(image, region);
            Assert.True(colours >= 8 && inked >= 0.01, $"{page}: the chart at {region} looks blank ({colours} colours, {inked:P1} of pixels not white)");
        }
    }

    private static (int Colours, double Inked) Inspect(SKBitmap image, SKRectI region)
    {
        var colours = new HashSet<uint>();
        long inked = 0, total = 0;
        for (int y = Math.Max(0, region.Top); y < Math.Min(image.Height, region.Bottom); y += 2)
        {
            for (int x = Math.Max(0, region.Left); x < Math.Min(image.Width, region.Right); x += 2)
            {
                SKColor pixel = image.GetPixel(x, y);
                colours.Add((uint)pixel);
                inked += pixel.Red + pixel.Green + pixel.Blue < 720 ? 1 : 0;
                total++;
            }
        }

        return (colours.Count, total == 0 ? 0 : (double)inked / total);
    }

    private static void SaveScreenshot(string page, byte[] png)
    {
        if (Environment.GetEnvironmentVariable("ROWBENCH_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, Path.GetFileNameWithoutExtension(page) + ".png"), png);
    }
}
