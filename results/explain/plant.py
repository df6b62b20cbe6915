#!/usr/bin/env python3
"""Makes the planted regressions of results/explain/ as branches plant-compute (and plant-compute-10, half as much),
plant-alloc and plant-lock:
one commit each on top of BASE (default 47eacde) in ParallelForStrategy's chunked loop. Run from the repository root;
it uses a temporary worktree and leaves the current checkout alone."""
import os, subprocess, sys, tempfile

base = os.environ.get("BASE", "47eacde")
path = "src/RowBench/Strategies/ParallelForStrategy.cs"
old = "                Parallel.ForEach(ranges, parallelOptions, range => run.Execute(range.Item1, range.Item2));"
plants = {
    "plant-compute": ("planted: ParallelFor computes the first fifth of each chunk twice", """                Parallel.ForEach(ranges, parallelOptions, range =>
                {
                    // PLANTED (ab --explain evidence): the first fifth of each chunk is computed twice.
                    int extra = (range.Item2 - range.Item1) / 5;
                    if (extra > 0)
                    {
                        run.Execute(range.Item1, range.Item1 + extra);
                    }

                    run.Execute(range.Item1, range.Item2);
                });"""),
    "plant-compute-10": ("planted: ParallelFor computes the first tenth of each chunk twice", """                Parallel.ForEach(ranges, parallelOptions, range =>
                {
                    // PLANTED (ab --explain evidence): the first tenth of each chunk is computed twice.
                    int extra = (range.Item2 - range.Item1) / 10;
                    if (extra > 0)
                    {
                        run.Execute(range.Item1, range.Item1 + extra);
                    }

                    run.Execute(range.Item1, range.Item2);
                });"""),
    "plant-alloc": ("planted: ParallelFor allocates 4 KB per row", """                Parallel.ForEach(ranges, parallelOptions, range =>
                {
                    // PLANTED (ab --explain evidence): a 4 KB buffer allocated per row.
                    for (int row = range.Item1; row < range.Item2; row++)
                    {
                        byte[] scratch = new byte[4096];
                        scratch[row & 4095] = 1;
                        GC.KeepAlive(scratch);
                        run.Execute(row, row + 1);
                    }
                });"""),
    "plant-lock": ("planted: ParallelFor takes a lock per chunk, held over its first quarter", """                Parallel.ForEach(ranges, parallelOptions, range =>
                {
                    // PLANTED (ab --explain evidence): a lock taken per chunk, held over its first quarter.
                    int locked = range.Item1 + Math.Max(1, (range.Item2 - range.Item1) / 4);
                    lock (PlantedGate)
                    {
                        run.Execute(range.Item1, locked);
                    }

                    run.Execute(locked, range.Item2);
                });"""),
}
worktree = tempfile.mkdtemp(prefix="rowbench-plants-")
subprocess.run(["git", "worktree", "add", "-q", "--detach", "--force", worktree, base], check=True)
try:
    source = open(os.path.join(worktree, path)).read()
    if old not in source:
        sys.exit(f"{path} at {base} has no chunked loop to plant in")
    for name, (message, new) in plants.items():
        subprocess.run(["git", "-C", worktree, "checkout", "-q", "--detach", base], check=True)
        planted = source.replace(old, new)
        if name == "plant-lock":
            planted = planted.replace('    /// <inheritdoc />\n    public string Name => "parallel-for";',
                                      '    private static readonly object PlantedGate = new();\n\n    /// <inheritdoc />\n    public string Name => "parallel-for";')
        open(os.path.join(worktree, path), "w").write(planted)
        subprocess.run(["git", "-C", worktree, "commit", "-qam", message], check=True)
        subprocess.run(["git", "-C", worktree, "branch", "-f", name], check=True)
        print(name, subprocess.run(["git", "-C", worktree, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip())
finally:
    subprocess.run(["git", "worktree", "remove", "--force", worktree], check=True)
