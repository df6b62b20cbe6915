using RowBench.Transforms;

namespace RowBench.Distributed;

/// <summary>Finds a transform by the name a chunk gives; a worker process registers the catalog it loaded.</summary>
public delegate IRowTransform TransformResolver(string name);
