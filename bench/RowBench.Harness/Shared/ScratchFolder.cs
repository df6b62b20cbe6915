namespace RowBench.Harness.Shared;

/// <summary>The working folders a command keeps its launches and builds in while it runs.</summary>
internal static class ScratchFolder
{
    /// <summary>Deletes <paramref name="folder"/> and everything in it, if it is there; a file still open is left behind.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
