// The two Graphviz diagrams of the lecture, exactly as its cells pass them to the gv() helper:
// rendered directly (graphviz.test.ts) and through the Python graphviz module (python/plotting.test.ts).
export const firstLectureDiagram = `
subgraph cluster_1{
    style=filled;
    color=lightgrey;
    "X"
    label = "Layer 0"
}
subgraph cluster_2{
    style=filled;
    color=lightgrey;
    "X" -> "X@W"[label="@W"]
    "X@W" -> "Sigmoid(X@W)=yhat"[label="Sigmoid"]
    label = "Layer 1"
}
`;
export const secondLectureDiagram = `
subgraph cluster_1{
    style=filled;
    color=lightgrey;
    X
    label = "Layer 0"
}
subgraph cluster_2{
    style=filled;
    color=lightgrey;
    X -> "node1=yhat"
    label = "Layer 1: Sigmoid"
}
`;
