using System.Text.Json;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>
/// A speedscope file (https://www.speedscope.app, its file format's "sampled" profiles): one profile per thread, each
/// sample a stack of frame indices, root first, weighted in milliseconds. Written by hand rather than with TraceEvent's
/// evented writer: that one wrote 4 MB for two seconds of one benchmark on two cores, and grows with the cores; a
/// sampled file is a tenth of that, and past <see cref="MaximumSamples"/> every k-th sample is kept with k times the
/// weight, so that a benchmark's file stays under 5 MB on any machine.
/// </summary>
internal sealed class SpeedscopeFile(string name)
{
    /// <summary>The most samples a file keeps (about 2–3 MB at these stacks' depth).</summary>
    public const int MaximumSamples = 12_000;

    private readonly Dictionary<string, int> _frames = new(StringComparer.Ordinal);
    private readonly List<string> _frameNames = [];
    private readonly SortedDictionary<int, List<(int[] Stack, double At)>> _threads = [];
    private int _count;

    /// <summary>Adds a sample of <paramref name="thread"/> at <paramref name="at"/> ms; <paramref name="leafFirst"/> as a stack walk gives it.</summary>
    public void Add(int thread, double at, IReadOnlyList<string> leafFirst)
    {
        ArgumentNullException.ThrowIfNull(leafFirst);
        var stack = new int[leafFirst.Count];
        for (int index = 0; index < stack.Length; index++)
        {
            string frame = leafFirst[stack.Length - 1 - index];
            if (!_frames.TryGetValue(frame, out int id))
            {
                id = _frameNames.Count;
                _frames[frame] = id;
                _frameNames.Add(frame);
            }

            stack[index] = id;
        }

        if (!_threads.TryGetValue(thread, out var samples))
        {
            _threads[thread] = samples = [];
        }

        samples.Add((stack, at));
        _count++;
    }

    /// <summary>Writes the file, each kept sample weighing <paramref name="intervalMilliseconds"/> times the samples it stands for.</summary>
    public void Write(string path, double intervalMilliseconds)
    {
        int stride = Math.Max(1, (int)Math.Ceiling(_count / (double)MaximumSamples));
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("$schema", "https://www.speedscope.app/file-format-schema.json");
        json.WriteString("name", name);
        json.WriteString("exporter", "rowbench ab --explain");
        json.WriteNumber("activeProfileIndex", 0);
        json.WriteStartObject("shared");
        json.WriteStartArray("frames");
        foreach (string frame in _frameNames)
        {
            json.WriteStartObject();
            json.WriteString("name", frame);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("profiles");
        foreach ((int thread, List<(int[] Stack, double At)> samples) in _threads.OrderByDescending(pair => pair.Value.Count))
        {
            List<(int[] Stack, double At)> kept = [.. samples.Where((_, index) => index % stride == 0)];
            double weight = intervalMilliseconds * stride;
            json.WriteStartObject();
            json.WriteString("type", "sampled");
            json.WriteString("name", $"thread {thread}");
            json.WriteString("unit", "milliseconds");
            json.WriteNumber("startValue", 0);
            json.WriteNumber("endValue", Math.Round(kept.Count * weight, 3));
            json.WriteStartArray("samples");
            foreach ((int[] stack, _) in kept)
            {
                json.WriteStartArray();
                foreach (int frame in stack)
                {
                    json.WriteNumberValue(frame);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("weights");
            foreach (var _ in kept)
            {
                json.WriteNumberValue(Math.Round(weight, 4));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
