namespace Kryon.Runtime.State;

/// <summary>A watcher or store subscriber; disposing it unsubscribes.</summary>
internal sealed class Subscription<T>(Action<T> callback, SubscriberList<T> list) : IDisposable
{
    public Action<T> Callback { get; } = callback;

    public bool IsDisposed { get; private set; }

    public void Dispose()
    {
        if (IsDisposed) return;
        IsDisposed = true;
        list.Remove(this);
    }
}

/// <summary>
/// The subscribers of one variable or store. A subscriber may unsubscribe itself or others while
/// being notified, so removal during a notification only marks it dead; the list is compacted after.
/// </summary>
internal sealed class SubscriberList<T>
{
    private readonly List<Subscription<T>> _items = [];
    private int _notifying;
    private bool _hasDead;

    public int Count => _items.Count;

    public Subscription<T> Add(Action<T> callback)
    {
        var subscription = new Subscription<T>(callback, this);
        _items.Add(subscription);
        return subscription;
    }

    public void Remove(Subscription<T> subscription)
    {
        if (_notifying > 0) _hasDead = true;
        else _items.Remove(subscription);
    }

    /// <summary>Calls those subscribed when the call starts; an exception is handed to <paramref name="onFailure"/> and the rest still run.</summary>
    public void Notify(T change, Action<Exception> onFailure)
    {
        int count = _items.Count;
        _notifying++;
        try
        {
            for (int i = 0; i < count; i++)
            {
                var subscription = _items[i];
                if (subscription.IsDisposed) continue;
                try
                {
                    subscription.Callback(change);
                }
                catch (Exception ex)
                {
                    onFailure(ex);
                }
            }
        }
        finally
        {
            if (--_notifying == 0 && _hasDead)
            {
                _hasDead = false;
                _items.RemoveAll(static s => s.IsDisposed);
            }
        }
    }
}
