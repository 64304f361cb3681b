# e. 2→64→3 net for three classes, CrossEntropyLoss (softmax inside) + Adam (08wk-1): n 300, 1000 epochs
import torch
torch.manual_seed(43052)
centers = torch.tensor([[-1.0, 0.0], [1.0, 0.0], [0.0, 1.5]])
y = torch.arange(300) % 3
x = centers[y] + torch.randn(300, 2) * 0.6
net = torch.nn.Sequential(
    torch.nn.Linear(2, 64),
    torch.nn.ReLU(),
    torch.nn.Linear(64, 3)
)
loss_fn = torch.nn.CrossEntropyLoss()
optimizr = torch.optim.Adam(net.parameters(), lr=0.01)
# %%
for epoc in range(1000):
    ## 1
    yhat = net(x)
    ## 2
    loss = loss_fn(yhat, y)
    ## 3
    loss.backward()
    ## 4
    optimizr.step()
    optimizr.zero_grad()
print(loss.item())
