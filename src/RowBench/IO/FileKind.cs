using System.Runtime.InteropServices;

namespace RowBench.IO;

/// <summary>
/// Whether a path names a regular file, which may be replaced by renaming a temporary file over it, or something that
/// must be written through instead: a device such as <c>/dev/null</c>, a FIFO, a socket. .NET does not expose the
/// file type, so on Linux this asks <c>stat(2)</c>; elsewhere every existing file counts as regular.
/// </summary>
internal static class FileKind
{
    private const uint TypeMask = 0xF000;
    private const uint RegularFile = 0x8000;

    /// <summary>True when <paramref name="path"/> exists (links followed) and is not a regular file or a folder.</summary>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64) || !File.Exists(path))
        {
            return false;
        }

        // struct stat: st_mode is at byte 24 on x86-64 (after st_dev, st_ino, st_nlink) and at 16 on arm64.
        byte[] buffer = new byte[256];
        if (Stat(path, buffer) != 0)
        {
            return false;
        }

        uint mode = BitConverter.ToUInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16);
        return (mode & TypeMask) != RegularFile;
    }

    // DllImport rather than LibraryImport: the generated marshaller would need unsafe code in the whole library.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
#pragma warning restore SYSLIB1054
}
