# b. 1→512→1 ReLU net, MSE + Adam (06wk-2, 07wk-1): n 2000, 1000 epochs
import torch
torch.manual_seed(43052)
x = torch.linspace(0, 1, 2000).reshape(-1, 1)
y = torch.sin(6 * x) + torch.randn(2000).reshape(-1, 1) * 0.2
net = torch.nn.Sequential(
    torch.nn.Linear(in_features=1, out_features=512),
    torch.nn.ReLU(),
    torch.nn.Linear(in_features=512, out_features=1)
)
loss_fn = torch.nn.MSELoss()
optimizr = torch.optim.Adam(net.parameters())
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
