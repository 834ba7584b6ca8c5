using System.Net;

namespace InternBot.Bot.BotFramework.Connector;

/// <summary>The Bot Connector refused a call (after any retries), with its error code ("MessageWritesBlocked").</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode? status, string code, string message)
        : base($"The Bot Connector answered {(status is null ? "nothing usable" : $"{(int)status} {status}")} ({code}): {message}")
    {
        Status = status;
        Code = code;
    }

    public ConnectorException()
        : this(null, "Unknown", "no detail")
    {
    }

    public ConnectorException(string message)
        : this(null, "Unknown", message)
    {
    }

    public ConnectorException(string message, Exception inner)
        : base(message, inner) => Code = "Unknown";

    public HttpStatusCode? Status { get; }

    public string Code { get; }
}
