using System.Text;

namespace InternBot.Core.Csv;

/// <summary>
/// A CSV file as RFC 4180 describes it: quoted fields may hold the separator, quotes ("") and line breaks. Keeps
/// every column and row as read, and the separator it was written with, so screening can write the file back with
/// only new columns added.
/// </summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>',' or ';' (what Excel writes and expects where ',' is the decimal separator: French, Dutch, German...).</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>The separator Excel expects for people writing in <paramref name="language"/>: ';' in French.</summary>
    public static char DelimiterFor(Text.Language language) => language == Text.Language.French ? ';' : ',';

    public static CsvTable Parse(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1; // Excel writes a byte-order mark.
        }

        var delimiter = DetectDelimiter(text);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                AddRecord(records, fields);
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException("a quoted field is not closed: a \" is missing before the end of the file.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            AddRecord(records, fields);
        }

        if (records.Count == 0)
        {
            throw new FormatException("the file is empty: it needs a header row.");
        }

        return new CsvTable(records[0], records.Skip(1).ToList()) { Delimiter = delimiter };
    }

    /// <summary>
    /// The table as CSV. With <paramref name="neutraliseFormulas"/>, a field a spreadsheet would run as a formula
    /// (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe: for exports of what other
    /// people typed, opened in Excel. With <paramref name="byteOrderMark"/>, a leading U+FEFF, without which Excel
    /// reads UTF-8 as the system code page ("ZoÃ«" for "Zoë").
    /// </summary>
    public string Write(bool neutraliseFormulas = false, bool byteOrderMark = false)
    {
        var sb = new StringBuilder();
        if (byteOrderMark)
        {
            sb.Append('\uFEFF');
        }

        WriteRecord(sb, Header, neutraliseFormulas, Delimiter);
        foreach (var row in Rows)
        {
            WriteRecord(sb, row, neutraliseFormulas, Delimiter);
        }

        return sb.ToString();
    }

    private static void AddRecord(List<IReadOnlyList<string>> records, List<string> fields)
    {
        // Blank lines (often at the end of exports) are not records.
        if (fields.Count == 1 && fields[0].Length == 0)
        {
            return;
        }

        records.Add(fields);
    }

    /// <summary>European Excel exports use ';' when ',' is the decimal separator.</summary>
    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    private static void WriteRecord(StringBuilder sb, IReadOnlyList<string> fields, bool neutraliseFormulas, char delimiter)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(delimiter);
            }

            var f = fields[i];
            if (neutraliseFormulas && f.Length > 0 && f[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                f = "'" + f;
            }

            if (f.AsSpan().IndexOfAny(",;\"\r\n") >= 0 || f.StartsWith(' ') || f.EndsWith(' '))
            {
                sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(f);
            }
        }

        sb.Append("\r\n");
    }
}
