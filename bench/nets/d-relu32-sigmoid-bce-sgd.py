# d. 1→32→1 ReLU net with a Sigmoid output, BCELoss + SGD (06wk-1): n 2000, 3000 epochs
import torch
torch.manual_seed(43052)
x = torch.linspace(-1, 1, 2000).reshape(-1, 1)
u = 3 * torch.sin(4 * x)
v = torch.exp(u) / (1 + torch.exp(u))
y = torch.bernoulli(v)
net = torch.nn.Sequential(
    torch.nn.Linear(in_features=1, out_features=32),
    torch.nn.ReLU(),
    torch.nn.Linear(in_features=32, out_features=1),
    torch.nn.Sigmoid()
)
loss_fn = torch.nn.BCELoss()
optimizr = torch.optim.SGD(net.parameters(), lr=0.1)
# %%
for epoc in range(3000):
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
