using System.Text;

namespace InternBot.Cli.Commands;

/// <summary>Reading and writing the files commands are given, with clear errors instead of exceptions.</summary>
internal static class InputFiles
{
    /// <summary>Reads a UTF-8 text file; on failure writes why to the error stream and returns null.</summary>
    public static string? ReadText(string path, string option, long maxBytes, CliEnvironment env)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                env.Error.WriteLine($"error: {option} '{path}' does not exist. Check the path.");
                return null;
            }

            if (info.Length > maxBytes)
            {
                env.Error.WriteLine($"error: {option} '{path}' is {info.Length / (1024 * 1024)} MB; the limit is {maxBytes / (1024 * 1024)} MB. Split the file.");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                env.Error.WriteLine($"error: {option} '{path}' is a binary file, not text. Give a UTF-8 text file.");
                return null;
            }

            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            env.Error.WriteLine($"error: {option} '{path}' is not UTF-8 text. Save it as UTF-8 (in Excel: CSV UTF-8).");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"error: {option} '{path}' could not be read ({e.GetType().Name}). Check the path and permissions.");
            return null;
        }
    }

    /// <summary>Writes through a temporary file so a failure never leaves a half-written output.</summary>
    public static bool WriteText(string path, string content, CliEnvironment env)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"error: could not write '{path}' ({e.GetType().Name}). Check the folder exists and is writable.");
            File.Delete(temporary);
            return false;
        }
    }
}
