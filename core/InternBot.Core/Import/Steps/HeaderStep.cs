namespace InternBot.Core.Import;

/// <summary>The header fields ("Primary Location: Belgium-Brussels", "Grade INTERN", "Clearance Level NS"); their lines are taken.</summary>
internal sealed class HeaderStep(NoticeDocument doc) : ImportStep(doc)
{
    private static readonly string[] HeaderNames =
    [
        "primary location", "location", "duty station", "nato body", "organisation", "organization", "schedule", "application deadline",
        "closing date", "deadline", "salary pay basis", "salary", "grant", "grade", "clearance level", "security clearance", "reference",
        "vacancy number", "reference number", "job id", "duration", "start date", "working hours",
    ];

    public Step<HeaderFields> Read()
    {
        var fields = new Dictionary<string, (string, NoticeLine)>();
        foreach (var line in Doc.Lines.Where(l => !l.IsBullet && l.Text.Length < 120))
        {
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? NoticeDocument.Key(line.Text[..colon]) : null;
            if (name is not null && HeaderNames.Contains(name) && line.Text[(colon + 1)..].Trim().Length > 0)
            {
                fields.TryAdd(name, (line.Text[(colon + 1)..].Trim(), line));
                continue;
            }

            // "Grade INTERN", "Clearance Level NS": exports sometimes lose the colon.
            foreach (var n in new[] { "clearance level", "grade" })
            {
                var key = NoticeDocument.Key(line.Text);
                if (colon < 0 && key.StartsWith(n + " ", StringComparison.Ordinal) && key.Split(' ').Length <= n.Split(' ').Length + 3)
                {
                    fields.TryAdd(n, (line.Text[n.Length..].Trim(), line));
                }
            }
        }

        var header = new HeaderFields(fields);
        Take(header.Lines.Select(l => l.Number));
        return Complete(header);
    }
}

/// <summary>The header fields a notice has, by normalised name.</summary>
internal sealed class HeaderFields(IReadOnlyDictionary<string, (string Value, NoticeLine Line)> fields)
{
    public int Count => fields.Count;

    public IEnumerable<NoticeLine> Lines => fields.Values.Select(f => f.Line);

    /// <summary>The first of these fields the notice has (names in order of preference).</summary>
    public (string Value, NoticeLine Line)? Find(params string[] names)
    {
        foreach (var n in names)
        {
            if (fields.TryGetValue(n, out var v))
            {
                return v;
            }
        }

        return null;
    }
}
