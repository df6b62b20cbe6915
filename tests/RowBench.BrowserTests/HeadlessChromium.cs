using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RowBench.BrowserTests;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol on a WebSocket: enough to load a page, collect
/// its console errors and exceptions, and take a full-page screenshot. No test framework's own browser download.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly List<string> _errors = [];
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Console errors, uncaught exceptions and failed loads seen since the last navigation.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public static async Task<HeadlessChromium> StartAsync()
    {
        string executable = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Assert.True(File.Exists(executable), $"Chromium is not installed at {executable} (Debian package 'chromium'; .ci/run installs it).");
        string profile = Directory.CreateTempSubdirectory("rowbench-chromium-").FullName;
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        // The flags the machine's probe used: without the background-networking ones, the closed network refuses
        // Chromium's own connections at every start.
        foreach (string flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(flag);
        }

        Process process = Process.Start(start)!;
        var browser = new HeadlessChromium(process, profile);
        string endpoint = await browser.ReadDevToolsEndpointAsync();
        using var http = new HttpClient();
        JsonArray targets = JsonNode.Parse(await http.GetStringAsync(new Uri(new Uri(endpoint.Replace("ws://", "http://", StringComparison.Ordinal)), "/json/list")))!.AsArray();
        string page = targets.First(target => (string?)target!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
        await browser._socket.ConnectAsync(new Uri(page), CancellationToken.None);
        await browser.SendAsync("Runtime.enable");
        await browser.SendAsync("Log.enable");
        await browser.SendAsync("Page.enable");
        return browser;
    }

    /// <summary>Loads <paramref name="file"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string file, int width)
    {
        _errors.Clear();
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 1000, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri }, waitForEvent: "Page.loadEventFired");
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        JsonNode result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        return result["result"]?["value"];
    }

    /// <summary>A PNG of the whole page, however long.</summary>
    public async Task<byte[]> ScreenshotAsync(int width)
    {
        JsonNode metrics = await SendAsync("Page.getLayoutMetrics");
        int height = (int)Math.Ceiling(metrics["cssContentSize"]!["height"]!.GetValue<double>());
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        JsonNode shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<string> ReadDevToolsEndpointAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await _process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (DevToolsLine().Match(line) is { Success: true } match)
            {
                // Keep draining Chromium's log so that it never blocks on a full pipe.
                _ = _process.StandardError.ReadToEndAsync(CancellationToken.None);
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException("Chromium exited without opening its DevTools port.");
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null, string? waitForEvent = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        JsonNode? result = null;
        bool eventSeen = waitForEvent is null;
        while (result is null || !eventSeen)
        {
            JsonNode incoming = await ReceiveAsync(timeout.Token);
            if ((int?)incoming["id"] == id)
            {
                if (incoming["error"] is { } error)
                {
                    throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
                }

                result = incoming["result"] ?? new JsonObject();
            }
            else if (incoming["method"]?.GetValue<string>() is { } name)
            {
                eventSeen |= name == waitForEvent;
                RecordError(name, incoming["params"]);
            }
        }

        return result;
    }

    private void RecordError(string name, JsonNode? parameters)
    {
        string Text(params string[] path)
        {
            JsonNode? node = parameters;
            foreach (string key in path)
            {
                node = node is JsonObject item ? item[key] : null;
            }

            return node is JsonValue value ? value.ToString() : node?.ToJsonString() ?? "";
        }

        if (name == "Runtime.exceptionThrown")
        {
            _errors.Add("exception: " + Text("exceptionDetails", "text") + " " + Text("exceptionDetails", "exception", "description"));
        }
        else if (name == "Runtime.consoleAPICalled" && Text("type") is "error" or "assert")
        {
            _errors.Add("console." + Text("type") + ": " + Text("args"));
        }
        else if (name == "Log.entryAdded" && Text("entry", "level") == "error")
        {
            _errors.Add("log: " + Text("entry", "text") + " " + Text("entry", "url"));
        }
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
