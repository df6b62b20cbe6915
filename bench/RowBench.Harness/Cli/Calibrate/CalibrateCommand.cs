using System.CommandLine;
using System.Globalization;
using RowBench.Analysis;

namespace RowBench.Harness.Cli.Calibrate;

/// <summary>
/// <c>calibrate</c>: times the fixed workload every run records in run.json (<see cref="MachineCalibration"/>) and
/// prints it in nanoseconds, so that a user can see which machines compare can treat as one.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(HarnessConsole console)
    {
        var command = new Command("calibrate", "Time the fixed calibration workload that every run records, in nanoseconds.");
        command.SetAction(_ =>
        {
            console.Output.WriteLine(MachineCalibration.Measure().ToString("F0", CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        });
        return command;
    }
}
